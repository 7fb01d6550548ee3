import { roleLabel, warekiDateTimeLabel } from '../../app/format';
import { tr } from '../../app/lang';
import { AuditTrail } from '../../ui/AuditTrail';
import { actionLabel, changeLines } from './labels';
import { createUserHistoryQuery } from './queries';

interface Props {
  userId: string;
  /** A person's name from the loaded list, or undefined (then their id is shown, never a claimed name). */
  nameOf: (userId: string) => string | undefined;
  orgName: (code: string) => string;
}

/** 変更履歴 of one account: who did what and when, and each field before → after; newest first. */
export function UserHistory(props: Props) {
  const history = createUserHistoryQuery(() => props.userId);
  const who = (userId: string, role: string) => `${props.nameOf(userId) ?? userId}（${roleLabel(role)}）`;
  return (
    <section aria-labelledby="user-history-heading">
      <h3 id="user-history-heading">{tr('変更履歴', 'History')}</h3>
      <AuditTrail
        history={history}
        headline={(record) => (
          <>
            <strong>{warekiDateTimeLabel(record.at)}</strong> {who(record.actor.userId, record.actor.role)}：{actionLabel(record.action)}
          </>
        )}
        changes={(record) => changeLines(record, props.orgName)}
      />
    </section>
  );
}
