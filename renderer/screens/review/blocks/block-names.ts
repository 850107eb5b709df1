import { BLOCK_KIND_NAMES, type DemoBlock } from '../../../../src/domain/review/schema';

/** The title a person gave the block, if its kind has one: a metric's name, a walkthrough's or a diagram's title. */
function ownTitle(block: DemoBlock): string {
  if (block.kind === 'metric') return block.name;
  if (block.kind === 'cli' || block.kind === 'diagram') return block.title;
  return '';
}

/**
 * What a block is, for the names of the controls that act on it ("CLI walkthrough: Drain a node", "Notes / links"):
 * "Edit block 2" alone does not say which of a slot's blocks that is to someone who hears the list of buttons.
 */
export function blockDescription(block: DemoBlock): string {
  const title = ownTitle(block);
  return title ? `${BLOCK_KIND_NAMES[block.kind]}: ${title}` : BLOCK_KIND_NAMES[block.kind];
}

/**
 * The name of the walkthrough at `index` of a slot's blocks, for its terminal and its step buttons: its title, else
 * "CLI walkthrough", with its place in the slot when the slot holds another walkthrough its buttons would be taken for.
 */
export function walkthroughName(blocks: readonly DemoBlock[], index: number): string {
  const block = blocks[index];
  if (block?.kind === 'cli' && block.title) return block.title;
  const kind = BLOCK_KIND_NAMES.cli;
  return blocks.filter((b) => b.kind === 'cli').length > 1 ? `${kind}, block ${index + 1}` : kind;
}
