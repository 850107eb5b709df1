import type { Page } from 'playwright-core';

interface LayerTreeChange {
  layers?: { layerId: string }[];
}

/**
 * How many compositing layers the page draws now, from Chromium's layer tree (DevTools protocol). With
 * software raster every new layer is drawn whole in the frame that makes it, so a drag that gives rows
 * layers of their own costs its first frames that drawing.
 */
export async function compositedLayers(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const tree = new Promise<number>((resolve) => {
      cdp.on('LayerTree.layerTreeDidChange', (change: LayerTreeChange) => {
        if (change.layers) resolve(change.layers.length);
      });
    });
    await cdp.send('LayerTree.enable');
    // A frame makes Chromium send the tree it drew.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await tree;
  } finally {
    await cdp.detach();
  }
}
