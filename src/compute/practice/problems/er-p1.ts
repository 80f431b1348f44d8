/** empirical-risk, "The risk of predicting zero": R(0) under sin(πx) plus noise of std σ. */
import { createRiskDistribution } from '../../data/riskDistribution';
import { defineProblem, pickStep } from '../variant';

/** The noise standard deviation σ of the chapter's distribution. */
export interface ErP1Params {
  readonly sigma: number;
}

export const problem = defineProblem<ErP1Params>({
  id: 'er-p1',
  // Variant 0 is the chapter's own distribution.
  base: { sigma: createRiskDistribution().noise },
  draw: (random) => ({ sigma: pickStep(random, 0.05, 1, 0.05) }),
  solve({ sigma }) {
    const distribution = createRiskDistribution({ noise: sigma });
    const risk = distribution.expectedRisk(() => 0);
    return { answer: risk, values: { sigma, noiseVariance: distribution.bayesRisk, risk } };
  },
});
