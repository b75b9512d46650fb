import { useTranslation } from 'react-i18next';

import { parseLlmItemId } from '../../model/editions';
import type { UrlNotice } from '../../model/url';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';
import { NodeButton } from '../common/NodeButton';

type EditionNotice = Extract<UrlNotice, { kind: 'llm-edition' }>;

/**
 * Says which parts of the opened link were ignored, and which LLM item an edition-less number (`LLM08`) opened,
 * with the items of that number in the other editions, until dismissed.
 */
export function NoticeArea() {
  const { t } = useTranslation();
  const notices = useViewStore((state) => state.notices);
  const dismiss = useViewStore((state) => state.dismissNotices);

  const describe = (notice: Exclude<UrlNotice, EditionNotice>): string => {
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
  const editions = notices.filter((notice): notice is EditionNotice => notice.kind === 'llm-edition');
  const ignored = notices.filter(
    (notice): notice is Exclude<UrlNotice, EditionNotice> => notice.kind !== 'llm-edition',
  );

  return (
    <div role="status" className="notice-area" data-testid="notices">
      {notices.length > 0 && (
        <div className="notice">
          <div>
            {ignored.length > 0 && (
              <>
                <p className="notice__heading">{t('notices.heading')}</p>
                <ul>
                  {ignored.map((notice, i) => (
                    <li key={i}>{describe(notice)}</li>
                  ))}
                </ul>
              </>
            )}
            {editions.map((notice) => (
              <LlmEditionNotice key={notice.node} notice={notice} />
            ))}
          </div>
          <button type="button" className="button" onClick={dismiss}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/** `LLM08` opened LLM08:2026; the same number names other risks in the other editions, one click away. */
function LlmEditionNotice({ notice }: { notice: EditionNotice }) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const index = useDataStore((state) => (state.data.status === 'ready' ? state.data.index : null));
  const node = index?.node(notice.node);
  const others = notice.others.flatMap((id) => index?.node(id) ?? []);
  return (
    <div className="notice__edition" data-testid="llm-edition-notice">
      <p>
        {t('notices.llmEdition', {
          value: notice.value,
          node: notice.node,
          title: node?.title[lang] ?? notice.node,
          edition: parseLlmItemId(notice.node)?.edition,
        })}
      </p>
      {others.length > 0 && (
        <p>
          {t('notices.llmEditionOthers')}{' '}
          {others.map((other) => (
            <NodeButton key={other.id} node={other} />
          ))}
        </p>
      )}
    </div>
  );
}
