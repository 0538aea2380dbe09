/** The seeded generator of demo data, defined with the world (one place). */
export { seededRandom, type SeededRandom } from '@cooplab/world';
