import type { DemoBlock } from './schema';

/**
 * A block as it is kept: a diagram holds only the source it is drawn from. The editor keeps both while it is open
 * (switching back and forth loses nothing), but once saved the other is neither shown nor exported, so it is not
 * kept: an image left behind a Mermaid diagram would carry up to 1 MB in the data file, every sync and the JSON
 * report, and Mermaid text left behind an image would come back unseen in the JSON report.
 */
export function withShownSourceOnly(block: DemoBlock): DemoBlock {
  if (block.kind !== 'diagram') return block;
  return block.source === 'mermaid' ? { ...block, image: null } : { ...block, mermaid: '' };
}
