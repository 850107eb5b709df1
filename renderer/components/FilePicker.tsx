import { useRef } from 'react';

interface FilePickerProps {
  /** The button's text, saying what picking a file does ("Import retro (JSON)"). */
  label: string;
  /** File types the picker offers, as for `<input accept>`. */
  accept: string;
  onFile: (file: File) => void | Promise<void>;
}

/**
 * A button that opens the file picker: a label around a visually hidden file input, so it reads and
 * focuses like a button. The same file can be picked again straight after (the input is cleared).
 */
export function FilePicker({ label, accept, onFile }: FilePickerProps) {
  const ref = useRef<HTMLInputElement>(null);
  return (
    <label className="button-like">
      {label}
      <input
        ref={ref}
        type="file"
        accept={accept}
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          void Promise.resolve(onFile(file)).finally(() => {
            if (ref.current) ref.current.value = '';
          });
        }}
      />
    </label>
  );
}
