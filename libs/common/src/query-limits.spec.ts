import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, SelectionSetNode } from 'graphql';
import { rootFieldCount, selectionDepth } from './query-limits';

function measure(query: string, by: (set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>) => number): number {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return by(op.selectionSet, fragments);
}
const depth = (query: string) => measure(query, selectionDepth);
const roots = (query: string) => measure(query, rootFieldCount);

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

describe('rootFieldCount', () => {
  it('counts each alias and each field, not the nested ones', () => {
    expect(roots('{ a { b c } d }')).toBe(2);
    expect(roots(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: complianceCounts { open }`).join(' ')} }`)).toBe(1000);
  });

  it('counts the fields of root fragments at each use, and survives fragment cycles', () => {
    expect(roots('{ ...F ...F a } fragment F on Query { b c }')).toBe(5);
    expect(roots('{ ... on Query { a b } }')).toBe(2);
    expect(roots('{ ...F } fragment F on Query { a ...F }')).toBe(1);
  });

  it('leaves __typename out and counts introspection roots', () => {
    expect(roots('{ __typename a }')).toBe(1);
    expect(roots('{ __schema { types { name } } }')).toBe(1);
  });
});
