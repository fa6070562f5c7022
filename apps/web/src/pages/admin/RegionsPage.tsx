import { useMemo, useState } from 'react';
import { Card, Checkbox, Skeleton, Tag, Tree, Typography } from 'antd';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AdminRegionsDocument, AdminRegionsQuery } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { buildTree, TreeNode } from '../finance/finance-model';

type Region = AdminRegionsQuery['regionTree'][number];

/** The region tree of the user's scope (regionTree), deactivated regions on request. */
export function RegionsPage() {
  const [includeInactive, setIncludeInactive] = useState(false);
  const { data, error } = useQuery(AdminRegionsDocument, { includeInactive });
  const m = t.admin.regions;
  const tree = useMemo(() => {
    const label = (n: TreeNode<Region>): { key: string; title: React.ReactNode; children?: unknown[] } => ({
      key: n.key,
      title: (
        <span data-testid={`region-${n.region.code}`}>
          {n.region.name} <Typography.Text type="secondary">{n.region.code}</Typography.Text> <Tag>{t.enums.regionLevel[n.region.level] ?? n.region.level}</Tag>
          {!n.region.active && <Tag color="red">{m.inactive}</Tag>}
        </span>
      ),
      children: n.children?.map(label),
    });
    return buildTree(data?.regionTree ?? []).map(label);
  }, [data, m.inactive]);
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={error} />
      <Card
        size="small"
        extra={
          <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)}>
            {m.includeInactive}
          </Checkbox>
        }
      >
        {data ? (
          <Tree treeData={tree as never} defaultExpandedKeys={tree.length ? [tree[0].key] : []} showLine selectable={false} data-testid="region-tree" />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </>
  );
}
