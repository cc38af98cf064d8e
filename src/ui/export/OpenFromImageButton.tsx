import { useRef } from 'react';
import { useT } from '../hooks/useT';
import { useOpenFromImage } from './useImageDrop';

/** "Buka dari gambar…": choose a Kaskade PNG and open the project it carries. */
export function OpenFromImageButton({ onOpened }: { onOpened?: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const open = useOpenFromImage();
  const t = useT();
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid="ex-open-btn">
        {t('exOpenFromImage')}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/png,.png"
        hidden
        data-testid="ex-open-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file).then((ok) => ok && onOpened?.());
        }}
      />
    </>
  );
}
