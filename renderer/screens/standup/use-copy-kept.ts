import { useRef, useState } from 'react';
import { copyNotes } from '../../components/copy-notes';
import { useAppStore } from '../../store';

/**
 * Keeps the words of a form that can no longer save them (a note of a standup another window ended, an
 * interrupt of a sprint another window closed) by copying them.
 * `copied` is the text as last copied, so the form's question before dropping changes can let what was copied go;
 * when the clipboard is refused, `error` says so and the field (`field`) is selected for a copy by hand.
 */
export function useCopyKept<Field extends HTMLInputElement | HTMLTextAreaElement = HTMLTextAreaElement>(what: string) {
  const pushToast = useAppStore((s) => s.pushToast);
  const [copied, setCopied] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const field = useRef<Field>(null);
  const copy = async (text: string) => {
    try {
      await copyNotes(text, 'markdown');
      setCopied(text);
      setError(undefined);
      pushToast({ kind: 'success', message: `Copied ${what}.` });
    } catch {
      setError(`The clipboard is not available here. Select ${what} and copy it yourself.`);
      field.current?.focus();
      field.current?.select();
    }
  };
  return { copied, error, field, copy };
}
