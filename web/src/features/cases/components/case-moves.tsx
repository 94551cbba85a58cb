import type { CaseDetail, CaseTransitionTarget } from '@itc/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

/** Rejecting or withdrawing ends the case: its button is styled as dangerous. */
export function isEndingMove(to: CaseTransitionTarget): boolean {
  return to === 'rejected' || to === 'withdrawn';
}

/**
 * The moves offered as buttons. While a request is open, the employer answers it with its form
 * ("Antwort senden"), so the move back is not offered to it again; city staff close a request
 * answered otherwise (by post, in person) with that move.
 */
export function offeredMoves(detail: CaseDetail): CaseTransitionTarget[] {
  const request = detail.openDocumentRequest;
  return detail.allowedTransitions.filter(
    (to) => !(request && detail.access !== 'city' && to === detail.resumeStatus),
  );
}

/** A move named by what it does ("Unterlagen nachfordern"), as its button and dialog say it. */
export function useMoveLabel(detail: CaseDetail): (to: CaseTransitionTarget) => string {
  const { t } = useTranslation();
  return (to) =>
    detail.openDocumentRequest && to === detail.resumeStatus
      ? t('cases.actions.closeRequest')
      : t(`cases.actions.${to}`);
}

type CaseMovesProps = { detail: CaseDetail; onChoose: (to: CaseTransitionTarget) => void };

/**
 * The moves the caller may make, each opening its dialog ("…"). Moves that end the case stand
 * apart under their own heading, styled as dangerous.
 */
export function CaseMoves({ detail, onChoose }: CaseMovesProps) {
  const { t } = useTranslation();
  const moveLabel = useMoveLabel(detail);
  const moves = offeredMoves(detail);
  const onward = moves.filter((to) => !isEndingMove(to));
  const ending = moves.filter(isEndingMove);
  const opens = (to: CaseTransitionTarget) => t('cases.actions.opens', { action: moveLabel(to) });
  return (
    <section className="kern-stack" aria-labelledby="case-moves-heading">
      <h2 className="kern-heading-medium" id="case-moves-heading">
        {t('cases.detail.movesHeading')}
      </h2>
      {moves.length === 0 ? <p className="kern-body">{t('cases.detail.noMoves')}</p> : null}
      {onward.length > 0 ? (
        <ul className="app-plain-list app-move-list">
          {onward.map((to, index) => (
            <li key={to}>
              <Button
                variant={index === 0 ? 'primary' : 'secondary'}
                block
                onClick={() => onChoose(to)}
              >
                {opens(to)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {ending.length > 0 ? (
        <div className="app-move-list app-move-list--ending">
          <h3 className="kern-heading-small" id="case-ending-moves-heading">
            {t('cases.actions.endHeading')}
          </h3>
          <ul className="app-plain-list app-move-list" aria-labelledby="case-ending-moves-heading">
            {ending.map((to) => (
              <li key={to}>
                <Button
                  variant="secondary"
                  className="app-btn-danger-outline"
                  icon="warning"
                  block
                  onClick={() => onChoose(to)}
                >
                  {opens(to)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
