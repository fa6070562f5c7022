import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { AdminRegionsDocument } from '../../graphql/generated';
import { useQuery } from '../../use-query';
import { buildTree, TreeNode, TreeRegion } from '../finance/finance-model';

/** The active regions of the user's scope, by code and name. */
export function useScopeRegions() {
  const { data, error } = useQuery(AdminRegionsDocument, { includeInactive: false });
  const regions = data?.regionTree ?? [];
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  return { regions, byCode, error, loaded: !!data };
}

type Option = { value: string; title: string; children?: Option[] };
const option = (n: TreeNode<TreeRegion>): Option => ({ value: n.region.id, title: n.region.name, children: n.children?.map(option) });

/** A region picked from the scope's tree (villages and communities left out: no account or policy lives there). */
export function RegionSelect({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { regions } = useScopeRegions();
  const tree = useMemo(() => buildTree(regions.filter((r) => !['VILLAGE', 'COMMUNITY'].includes(r.level))).map(option), [regions]);
  return (
    <TreeSelect id={id} value={value} onChange={onChange} treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" style={{ width: 260 }} />
  );
}
