import { useTranslation } from 'react-i18next';

import { CrosswalkView } from '../features/frameworks/CrosswalkView';

import { useViewContext } from './viewContext';

/** `/crosswalk`: a framework's items and the AI Exchange controls and threats they link to. */
export function CrosswalkRoute() {
  const { t } = useTranslation();
  const { index, visible } = useViewContext();
  return <CrosswalkView heading={t('views.crosswalk')} index={index} visible={visible.nodes} />;
}
