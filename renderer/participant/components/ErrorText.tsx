/** @jsxImportSource preact */

/** The server's message, next to the control it is about, read out at once. */
export function ErrorText({ id, message }: { id?: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} class="error" role="alert">
      {message}
    </p>
  );
}
