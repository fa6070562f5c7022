// Pure helpers of the finance pages: amounts in 元 from fen, the floors a line misses, a region tree.

/** Fen as 元 with two decimals and thousands separators: 198000 -> "1,980.00"; negative amounts keep their sign. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A percentage with one decimal ("87.5%"), or `none` when the api gives null (no budget set). */
export function percent(value: number | null, none: string): string {
  return value === null ? none : `${value.toFixed(1)}%`;
}

export interface Check {
  floor: string;
  requiredFen: number | null;
  comparedFen: number;
  shortfallFen: number;
  problem: string | null;
}

/** The checks a line fails: short of the floor, or the floor cannot be checked (the api's own reading). */
export function failedChecks<C extends Check>(checks: readonly C[]): C[] {
  return checks.filter((c) => c.problem !== null || c.shortfallFen > 0);
}

export interface TreeRegion {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: string;
  active?: boolean;
}

export interface TreeNode<R extends TreeRegion> {
  key: string;
  region: R;
  children?: TreeNode<R>[];
}

/** The flat regionTree answer as a tree: roots are the regions whose parent is not in the list. */
export function buildTree<R extends TreeRegion>(regions: readonly R[]): TreeNode<R>[] {
  const nodes = new Map(regions.map((r) => [r.id, { key: r.id, region: r } as TreeNode<R>]));
  const roots: TreeNode<R>[] = [];
  for (const r of regions) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** A report's parameters as the report documents them, from the form's choices. */
export function reportParams(report: string, choice: { regionId: string | null; month: string; year: number; runId: string | null }): Record<string, unknown> {
  const region = choice.regionId ? { regionId: choice.regionId } : {};
  switch (report) {
    case 'pay.register':
      return { runId: choice.runId };
    case 'insurance.cost':
      return { ...region, year: choice.year };
    case 'budget.execution':
      return { regionId: choice.regionId, year: choice.year };
    default:
      return { ...region, month: choice.month };
  }
}
