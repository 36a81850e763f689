import type { AppHosting, Billing, IdpId, Plan } from '../catalog/types';
import { DIAGNOSTIC_LIMITS } from './limits';
import type { DiagnosticRequest } from './types';

// The questionnaire's answers as they live in the URL, the checks each step runs before moving on,
// and the request they become. Pure, so the same rules run in tests and in the browser.

export const QUESTIONNAIRE_STEPS = [
  { number: 1, title: 'Apps' },
  { number: 2, title: 'Identity provider' },
  { number: 3, title: 'Requirements' },
  { number: 4, title: 'Manual work and alternatives' },
  { number: 5, title: 'Result' },
] as const;
export const LAST_STEP = QUESTIONNAIRE_STEPS.length;

/** One app's answers; text fields stay text so a half-typed value survives a reload. */
export interface AppAnswer {
  slug: string;
  currentPlan: string;
  users: string;
  hosting: '' | AppHosting;
  changesPerMonth: string;
  alternativeAnnualCost: string;
}

export interface QuestionnaireAnswers {
  apps: AppAnswer[];
  idp: IdpId | null;
  needGroupSync: boolean | null;
  requireAutomatedDeprovisioning: boolean | null;
  minutesPerChange: string;
  hourlyCost: string;
  billing: Billing;
}

const SEPARATOR = '|';

/** "metabase|Starter|10|cloud|3|3000": each part URI-encoded, so a "|" inside a plan name cannot split it. */
export function serializeAppAnswer(answer: AppAnswer): string {
  const parts = [answer.slug, answer.currentPlan, answer.users, answer.hosting, answer.changesPerMonth, answer.alternativeAnnualCost];
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop(); // short URLs for fresh entries
  return parts.map((part) => encodeURIComponent(part)).join(SEPARATOR);
}

export function parseAppAnswer(text: string): AppAnswer | null {
  let parts: string[];
  try {
    parts = text.split(SEPARATOR).map((part) => decodeURIComponent(part));
  } catch {
    return null; // a mangled escape sequence: drop the entry rather than crash
  }
  const [slug = '', currentPlan = '', users = '', hosting = '', changesPerMonth = '', alternativeAnnualCost = ''] = parts;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 80) return null;
  return {
    slug,
    currentPlan: currentPlan.slice(0, 120),
    users: users.slice(0, 12),
    hosting: hosting === 'cloud' || hosting === 'self-hosted' ? hosting : '',
    changesPerMonth: changesPerMonth.slice(0, 12),
    alternativeAnnualCost: alternativeAnnualCost.slice(0, 16),
  };
}

export const emptyAppAnswer = (slug: string): AppAnswer => ({ slug, currentPlan: '', users: '', hosting: '', changesPerMonth: '', alternativeAnnualCost: '' });

/** What the questionnaire needs to know about an app to check its answers. */
export interface AppFacts {
  name: string;
  hosting: readonly AppHosting[];
  plans: readonly Pick<Plan, 'name' | 'hosting'>[];
}

export type StepErrors = Record<string, string>;

const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d{1,2})?$/;

function checkWhole(text: string, min: number, max: number, message: string): string | null {
  if (!WHOLE.test(text.trim())) return message;
  const value = Number(text);
  return value < min || value > max ? message : null;
}

function checkAmount(text: string, max: number, message: string): string | null {
  if (!DECIMAL.test(text.trim())) return message;
  return Number(text) > max ? message : null;
}

/** True when the app sells both a cloud and a self-hosted edition, so the team must say which it runs. */
export const offersBothHostings = (facts: AppFacts | undefined) => Boolean(facts && facts.hosting.includes('cloud') && facts.hosting.includes('self-hosted'));

/**
 * The problems that keep a step from moving on, keyed by field id (`apps`, `apps.0.currentPlan`, `idp`…).
 * Apps whose facts are still loading are not judged yet.
 */
export function validateStep(step: number, answers: QuestionnaireAnswers, factsBySlug: ReadonlyMap<string, AppFacts>): StepErrors {
  const errors: StepErrors = {};
  if (step === 1) {
    if (answers.apps.length === 0) errors.apps = 'Add at least one app.';
    if (answers.apps.length > DIAGNOSTIC_LIMITS.maxApps) errors.apps = `At most ${DIAGNOSTIC_LIMITS.maxApps} apps.`;
    answers.apps.forEach((app, index) => {
      const facts = factsBySlug.get(app.slug);
      if (!facts) return;
      if (!facts.plans.some((plan) => plan.name === app.currentPlan)) errors[`apps.${index}.currentPlan`] = `Choose the ${facts.name} plan you are on.`;
      const users = checkWhole(app.users, 1, DIAGNOSTIC_LIMITS.maxUsers, 'Users must be a whole number from 1 to 100,000.');
      if (users) errors[`apps.${index}.users`] = users;
      if (offersBothHostings(facts) && app.hosting === '') errors[`apps.${index}.hosting`] = 'Choose cloud or self-hosted.';
    });
  }
  if (step === 2 && !answers.idp) errors.idp = 'Choose your identity provider.';
  if (step === 3) {
    if (answers.needGroupSync === null) errors.needGroupSync = 'Answer yes or no.';
    if (answers.requireAutomatedDeprovisioning === null) errors.requireAutomatedDeprovisioning = 'Answer yes or no.';
  }
  if (step === 4) {
    const minutes = checkWhole(answers.minutesPerChange, 0, DIAGNOSTIC_LIMITS.maxMinutesPerChange, 'Minutes must be a whole number from 0 to 480.');
    if (minutes) errors.minutesPerChange = minutes;
    const hourly = checkAmount(answers.hourlyCost, DIAGNOSTIC_LIMITS.maxHourlyCost, 'Enter an amount up to 10,000 with at most two decimals.');
    if (hourly) errors.hourlyCost = hourly;
    answers.apps.forEach((app, index) => {
      if (app.changesPerMonth !== '') {
        const changes = checkWhole(app.changesPerMonth, 0, DIAGNOSTIC_LIMITS.maxChangesPerMonth, 'Changes must be a whole number from 0 to 100,000.');
        if (changes) errors[`apps.${index}.changesPerMonth`] = changes;
      }
      if (app.alternativeAnnualCost !== '') {
        const cost = checkAmount(app.alternativeAnnualCost, DIAGNOSTIC_LIMITS.maxAlternativeAnnualCost, 'Enter a yearly amount with at most two decimals, or leave it empty.');
        if (cost) errors[`apps.${index}.alternativeAnnualCost`] = cost;
      }
    });
  }
  return errors;
}

/** The first step whose answers are not complete: where a shared link that skips ahead must land. */
export function firstIncompleteStep(answers: QuestionnaireAnswers, factsBySlug: ReadonlyMap<string, AppFacts>): number {
  for (let step = 1; step < LAST_STEP; step += 1) {
    if (Object.keys(validateStep(step, answers, factsBySlug)).length > 0) return step;
  }
  return LAST_STEP;
}

/** The API request the answers stand for; call only once every step validates. */
export function toDiagnosticRequest(answers: QuestionnaireAnswers): DiagnosticRequest {
  if (!answers.idp || answers.needGroupSync === null || answers.requireAutomatedDeprovisioning === null) {
    throw new Error('The questionnaire is not complete');
  }
  return {
    idp: answers.idp,
    needGroupSync: answers.needGroupSync,
    requireAutomatedDeprovisioning: answers.requireAutomatedDeprovisioning,
    minutesPerChange: Number(answers.minutesPerChange),
    hourlyCost: Number(answers.hourlyCost),
    billing: answers.billing,
    apps: answers.apps.map((app) => ({
      slug: app.slug,
      currentPlan: app.currentPlan,
      users: Number(app.users),
      ...(app.hosting ? { hosting: app.hosting } : {}),
      ...(app.changesPerMonth !== '' ? { changesPerMonth: Number(app.changesPerMonth) } : {}),
      ...(app.alternativeAnnualCost !== '' ? { alternativeAnnualCost: Number(app.alternativeAnnualCost) } : {}),
    })),
  };
}
