// The link in a read-only field, focused and selected, for when the clipboard refused (useCopy).
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  text: string;
  class?: string;
}

export function ManualCopy({ id, label, text, class: className = '' }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [text]);
  return (
    <div class={`kh-field ${className}`.trim()}>
      <label for={id}>{label}</label>
      <input type="text" id={id} class="kh-input" readOnly value={text} ref={input} />
    </div>
  );
}
