import { useTranslation } from 'react-i18next';

import type { RiskFactors } from '../../model/schema';
import { RISK_FACTORS } from '../../model/top10';

const STEPS = [1, 2, 3, 4, 5];

/** Exploitability, detectability and technical impact as five-step scales, with the number in words. */
export function RiskScale({ factors }: { factors: RiskFactors }) {
  const { t } = useTranslation();
  return (
    <dl className="risk-scale" aria-label={t('top10.riskFactors')}>
      {RISK_FACTORS.map((factor) => (
        <div key={factor} className="risk-scale__row">
          <dt>{t(`details.${factor}`)}</dt>
          <dd>
            <span className="risk-scale__steps" aria-hidden="true">
              {STEPS.map((step) => (
                <span key={step} className={step <= factors[factor] ? 'step step--on' : 'step'} />
              ))}
            </span>
            <span aria-hidden="true" className="risk-scale__value">
              {factors[factor]}/5
            </span>
            <span className="visually-hidden">{t('top10.riskScale', { value: factors[factor] })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
