/** Summaries of a period's ratings (docs/domain.md: satisfaction = share of ratings scored 4 or 5). */

/** The scores, five levels, 5 = 非常满意 (very satisfied). */
const ratingScores = [5, 4, 3, 2, 1] as const;

/** Ratings scored this or lower are bad ones, which a Chinese hall must follow up. */
const badRatingMaxScore = 2;

/** How many ratings gave each score, highest score first. */
export function ratingDistribution(
  ratings: readonly { score: number }[],
): { score: number; count: number }[] {
  return ratingScores.map((score) => ({
    score,
    count: ratings.filter((rating) => rating.score === score).length,
  }));
}

/** The share scored 4 or 5; null without ratings. */
export function satisfactionRate(ratings: readonly { score: number }[]): number | null {
  if (ratings.length === 0) return null;
  return ratings.filter((rating) => rating.score >= 4).length / ratings.length;
}

/** The bad ratings, those still to follow up first, then the newest first. */
export function badRatings<Rating extends { score: number; createdAt: string; followedUpAt?: string | null }>(
  ratings: readonly Rating[],
): Rating[] {
  return ratings
    .filter((rating) => rating.score <= badRatingMaxScore)
    .sort(
      (left, right) =>
        Number(Boolean(left.followedUpAt)) - Number(Boolean(right.followedUpAt)) ||
        Date.parse(right.createdAt) - Date.parse(left.createdAt),
    );
}
