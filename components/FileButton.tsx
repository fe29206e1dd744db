/** A button that opens a file picker and hands over the chosen file's bytes. */
import { useRef } from 'preact/hooks';

export function FileButton({
  label,
  onFile,
  disabled,
}: {
  label: string;
  onFile: (bytes: Uint8Array, name: string) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={label}
        hidden
        onChange={async (e) => {
          const el = e.target as HTMLInputElement;
          const file = el.files?.[0];
          el.value = ''; // choosing the same file again must fire again
          if (file) onFile(new Uint8Array(await file.arrayBuffer()), file.name);
        }}
      />
    </>
  );
}

/** Errors from an import, each on its own line, as text. */
export function ErrorList({ title, errors }: { title: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="import-errors" role="alert">
      <p class="error">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
