// Bounds of a diagnostic request, without zod, so the questionnaire in the browser can check them without the schema library.

export const DIAGNOSTIC_LIMITS = {
  maxApps: 500,
  maxUsers: 100_000,
  /** A single manual change taking more than a working day is not a realistic estimate. */
  maxMinutesPerChange: 480,
  maxHourlyCost: 10_000,
  maxChangesPerMonth: 100_000,
  maxAlternativeAnnualCost: 100_000_000,
} as const;
