import { pointsFigure, pointsText } from '../shared/words';

/** A card of an estimation deck: what is shown and the number it stands for. */
export interface ScaleCard {
  label: string;
  value: number;
}

export const POINT_SCALES = ['fibonacci', 'modified_fibonacci', 'tshirt'] as const;
export type PointScale = (typeof POINT_SCALES)[number];

const numeric = (values: number[]): ScaleCard[] => values.map((value) => ({ label: String(value), value }));

const CARDS: Record<PointScale, ScaleCard[]> = {
  fibonacci: numeric([0, 1, 2, 3, 5, 8, 13, 21, 34]),
  modified_fibonacci: numeric([0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40, 100]),
  // T-shirt sizes are stored as points so velocity and capacity stay numeric.
  tshirt: [
    { label: 'XS', value: 1 },
    { label: 'S', value: 2 },
    { label: 'M', value: 3 },
    { label: 'L', value: 5 },
    { label: 'XL', value: 8 },
    { label: 'XXL', value: 13 },
  ],
};

export const SCALE_NAMES: Record<PointScale, string> = {
  fibonacci: 'Fibonacci (0, 1, 2, 3, 5, 8, 13, 21, 34)',
  modified_fibonacci: 'Modified Fibonacci (0, ½, 1, 2, 3, 5, 8, 13, 20, 40, 100)',
  tshirt: 'T-shirt (XS, S, M, L, XL, XXL)',
};

export function scaleCards(scale: PointScale): readonly ScaleCard[] {
  return CARDS[scale];
}

export function isOnScale(scale: PointScale, points: number): boolean {
  return CARDS[scale].some((card) => card.value === points);
}

/** How points are shown on this scale: "M (3)" for T-shirt, "3" otherwise. */
export function formatPoints(scale: PointScale, points: number | null): string {
  if (points === null) return 'Not estimated';
  const card = CARDS[scale].find((c) => c.value === points);
  if (scale === 'tshirt' && card) return `${card.label} (${points})`;
  return String(points);
}

/** An estimate where room is short (a card, a backlog row): "1 pt", "5 pts", "M (3 pts)" for T-shirt; never "M (3) pts". */
export function estimateFigure(scale: PointScale, points: number): string {
  const card = CARDS[scale].find((c) => c.value === points);
  return scale === 'tshirt' && card ? `${card.label} (${pointsFigure(points)})` : pointsFigure(points);
}

/** An estimate in a sentence: "1 point", "5 points", "M (3 points)" for T-shirt; never "M (3) points". */
export function estimateText(scale: PointScale, points: number): string {
  const card = CARDS[scale].find((c) => c.value === points);
  return scale === 'tshirt' && card ? `${card.label} (${pointsText(points)})` : pointsText(points);
}

export function describeScale(scale: PointScale): string {
  return CARDS[scale].map((c) => c.label).join(', ');
}
