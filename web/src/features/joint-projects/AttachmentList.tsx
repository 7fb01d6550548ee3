import { useQueryClient } from '@tanstack/solid-query';
import type { ReportView } from '../../../../shared/api/joint-projects';
import { MAX_ATTACHMENTS_PER_REPORT } from '../../../../shared/joint-projects/attachment-types';
import { jointKeys } from '../../app/query-keys';
import { Attachments } from '../../ui/Attachments';
import { reportPath, type ReportRef } from './queries';

/** 添付ファイル (evidence): listed for readers; the municipality adds and removes them while editing. */
export function AttachmentList(props: { reportRef: ReportRef; view: ReportView; editable: boolean }) {
  const client = useQueryClient();
  return (
    <Attachments
      base={`${reportPath(props.reportRef)}/attachments`}
      files={props.view.attachments}
      editable={props.editable}
      // A report's files show on its page and in the review queue: refetch all of joint projects.
      onChange={() => void client.invalidateQueries({ queryKey: jointKeys.all })}
      heading={{ ja: '添付ファイル（根拠資料）', en: 'Evidence files' }}
      headingId="files-heading"
      maxFiles={MAX_ATTACHMENTS_PER_REPORT}
    />
  );
}
