import { useEffect, useRef, useState } from 'preact/hooks';

/** Props of `CopyLinkButton`. */
export interface CopyLinkButtonProps {
  /** Prefix of element ids (the widget instance id). */
  readonly id: string;
  /** The link to copy: the page URL with the widget's state, built when clicked. */
  readonly getUrl: () => string;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * "Copy link": writes the widget's link to the clipboard and says so in a live region; where the
 * clipboard is blocked it shows the link in a selected text field to copy by hand.
 */
export function CopyLinkButton({ id, getUrl }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status.kind === 'manual') field.current?.select();
  }, [status]);

  const copy = async () => {
    const url = getUrl();
    try {
      if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
        throw new Error('no clipboard');
      }
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual', url });
    }
  };

  return (
    <div class="kit-copy">
      <button type="button" class="kit-button" onClick={() => void copy()}>
        Copy link
      </button>
      <span class="kit-copy-status" role="status">
        {status.kind === 'copied'
          ? 'Link copied'
          : status.kind === 'manual'
            ? 'Copying is blocked here; the link is selected below, press Ctrl+C or ⌘C.'
            : ''}
      </span>
      {status.kind === 'manual' && (
        <input
          ref={field}
          id={`${id}-link`}
          class="kit-link-field"
          type="text"
          readOnly
          value={status.url}
          aria-label="Link to this state"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
