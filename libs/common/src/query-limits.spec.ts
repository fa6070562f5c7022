import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectionDepth } from './query-limits';

function depth(query: string): number {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return selectionDepth(op.selectionSet, fragments);
}

describe('selectionDepth', () => {
  it('counts the deepest field path', () => {
    expect(depth('{ a }')).toBe(1);
    expect(depth('{ a { b { c } } d }')).toBe(3);
  });

  it('follows fragments and inline fragments, and survives fragment cycles', () => {
    expect(depth('{ a { ...F } } fragment F on T { b { c } }')).toBe(3);
    expect(depth('{ a { ... on T { b } } }')).toBe(2);
    expect(depth('{ a { ...F } } fragment F on T { b { ...F } }')).toBe(2);
  });

  it('ignores introspection fields', () => {
    expect(depth('{ __schema { types { fields { type { ofType { name } } } } } a }')).toBe(1);
  });
});
