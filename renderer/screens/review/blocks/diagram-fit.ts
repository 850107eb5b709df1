/** Mermaid draws its labels at 16 px; the room reads them from the back at 24 px or more (1.5 times). */
export const MERMAID_LABEL_PX = 16;
export const MIN_LABEL_PX = 24;
/** The share of the window's height a diagram may take, so the slot's title stays in view with it. */
const HEIGHT_SHARE_VH = 62;

/**
 * Sizes a drawn Mermaid diagram to the space available: as wide as its box and as tall as most of the
 * window allow, keeping its proportions, but never smaller than the scale at which its labels read 24 px;
 * a diagram that then does not fit scrolls inside its box.
 */
export function fitDiagram(svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  if (!box || box.width <= 0 || box.height <= 0) return;
  const minWidth = (box.width * MIN_LABEL_PX) / MERMAID_LABEL_PX;
  const aspect = box.width / box.height;
  svg.removeAttribute('height');
  svg.style.maxWidth = 'none';
  svg.style.maxHeight = 'none';
  svg.style.height = 'auto';
  svg.style.width = `max(${minWidth}px, min(100%, calc(${HEIGHT_SHARE_VH}vh * ${aspect})))`;
}
