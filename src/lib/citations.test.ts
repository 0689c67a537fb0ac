import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { citationCounts, citationOrder, findCitations, type MdxNode } from './citations.ts';

const tree = (mdx: string) => mdxToMdast(mdx) as unknown as MdxNode;

describe('citations', () => {
  const body = [
    'First claim.<Cite id="a" /> Second claim.<Cite id="b" />',
    '',
    '```mdx',
    '<Cite id="in-code" />',
    '```',
    '',
    'Again.<Cite id="a" />',
    '',
    '<Cite id={dynamic} />',
  ].join('\n');

  it('finds every Cite in reading order with its line, ignoring code blocks', () => {
    expect(findCitations(tree(body), 5)).toEqual([
      { id: 'a', line: 6, adjacent: false },
      { id: 'b', line: 6, adjacent: false },
      { id: 'a', line: 12, adjacent: false },
      { id: undefined, line: 14, adjacent: false },
    ]);
  });

  it('marks a citation that directly follows another', () => {
    const uses = findCitations(tree('Claim.<Cite id="a" /><Cite id="b" /> Next.<Cite id="c" />'));
    expect(uses.map((u) => u.adjacent)).toEqual([false, true, false]);
  });

  it('numbers sources by first appearance and counts repeats', () => {
    const uses = findCitations(tree(body));
    expect(citationOrder(uses)).toEqual(['a', 'b']);
    expect([...citationCounts(uses)]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});
