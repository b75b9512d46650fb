import { useNavigate } from 'react-router';

import { serializeViewState } from '../../model/url';
import type { ViewState } from '../../model/viewState';
import { useViewStore } from '../../state/viewStore';

type ViewParams = Partial<Pick<ViewState, 'sort' | 'layout'>>;

/** Changes the order or layout of a view: the URL changes (in place), and the view store follows it. */
export function useSetViewParams(): (params: ViewParams) => void {
  const navigate = useNavigate();
  return (params) => {
    const { view, flushAddress } = useViewStore.getState();
    // An address update still held back goes first, or it would undo this one.
    flushAddress();
    void navigate({ search: serializeViewState({ ...view, ...params }) }, { replace: true });
  };
}
