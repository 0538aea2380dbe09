/**
 * The short circuit: a partner can carry an order when it serves both the region the goods leave from (the
 * cooperative's) and the region they go to; the same region served once is the shortest circuit.
 */
export function deliversBetween(service: { regionCodes: readonly string[] }, from: string, to: string): boolean {
  return service.regionCodes.includes(from) && service.regionCodes.includes(to);
}
