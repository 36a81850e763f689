// Vitest runs lib/server modules in plain Node, where the real `server-only` package throws on import.
export {};
