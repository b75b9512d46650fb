import { useTranslation } from 'react-i18next';

import type { UrlNotice } from '../../model/url';
import { useViewStore } from '../../state/viewStore';

/** Says which parts of the opened link were ignored, until dismissed. */
export function NoticeArea() {
  const { t } = useTranslation();
  const notices = useViewStore((state) => state.notices);
  const dismiss = useViewStore((state) => state.dismissNotices);

  const describe = (notice: UrlNotice): string => {
    switch (notice.kind) {
      case 'unknown-value':
        return t('notices.unknownValue', { ...notice, what: t(`notices.what.${notice.param}`) });
      case 'unknown-node':
        return t('notices.unknownNode', notice);
      case 'invalid-general':
        return t('notices.invalidGeneral', notice);
      case 'unknown-language':
        return t('notices.unknownLanguage', notice);
      case 'too-long':
        return 'dropped' in notice && notice.dropped
          ? t('notices.tooLongDropped', notice)
          : t('notices.tooLong', notice);
      case 'misspelt-param':
        return t('notices.misspeltParam', notice);
      case 'unknown-question':
        return t('notices.unknownQuestion', notice);
      case 'invalid-answer':
        return t('notices.invalidAnswer', notice);
      case 'repeated-question':
        return t('notices.repeatedQuestion', notice);
      case 'unknown-role':
        return t('notices.unknownRole', notice);
    }
  };

  return (
    <div role="status" className="notice-area" data-testid="notices">
      {notices.length > 0 && (
        <div className="notice">
          <div>
            <p className="notice__heading">{t('notices.heading')}</p>
            <ul>
              {notices.map((notice, i) => (
                <li key={i}>{describe(notice)}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
