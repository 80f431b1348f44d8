/** Seeded data generators and splitting helpers. */
export { blobCenters, blobs, toSignedLabels, type Blobs, type BlobsOptions } from './blobs';
export { gaussLegendre, integrate, type QuadratureRule } from './gaussLegendre';
export { lineData, type LineData, type LineDataOptions } from './lineData';
export {
  createRiskDistribution,
  type RiskDistribution,
  type RiskDistributionOptions,
  type RiskSample,
  type RiskTarget,
} from './riskDistribution';
export { miniBatches, permutation, shuffle } from './shuffle';
export { pick, splitTrainHeldOut, type SplitIndices, type SplitOptions } from './split';
export { seededRandom } from './seededRandom';
