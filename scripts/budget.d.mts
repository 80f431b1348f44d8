// Types for scripts/budget.mjs (plain Node so `npm run budget` needs no build step).
export interface Size {
  raw: number;
  gzip: number;
}
export interface FileSize extends Size {
  name: string;
}
export interface Total extends Size {
  files: FileSize[];
}
export interface PageWeight {
  page: string;
  islands: number;
  html: Size;
  css: Total;
  jsBefore: Total;
  jsSite: Total;
  jsHydrated: Total;
}
export interface Budgets {
  hydratedJs: number;
  css: number;
  siteJs: number;
}
export const BUDGETS: Budgets;
export function sizeOf(text: string | Buffer): Size;
export function isSiteScript(path: string): boolean;
export function htmlPages(dist: string): string[];
export function staticImports(code: string): string[];
export function measurePage(dist: string, file: string): PageWeight;
export function checkBudgets(m: PageWeight, budgets?: Budgets): string[];
export function runBudget(
  dist?: string,
  budgets?: Budgets,
): { pages: PageWeight[]; breaches: string[] };
export function formatTable(pages: PageWeight[]): string;
