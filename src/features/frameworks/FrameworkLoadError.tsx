import { useFeatureT } from '../scope/featureStrings';

import { frameworkStrings } from './strings';

/** Why the framework data could not be loaded (the first lines, naming the file and field), and a retry. */
export function FrameworkLoadError({ errors, onRetry }: { errors: readonly string[]; onRetry(): void }) {
  const { t } = useFeatureT(frameworkStrings);
  return (
    <div role="alert">
      <p>{t('lens.failed')}</p>
      <ul>
        {errors.slice(0, 5).map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onRetry}>
        {t('lens.retry')}
      </button>
    </div>
  );
}
