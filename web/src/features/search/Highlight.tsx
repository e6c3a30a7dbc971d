import { useMemo } from 'react';
import { splitByWords } from './highlight';

/** `text` with the search keywords marked; everything stays text, so nothing in it can become markup. */
export function Highlight({ text, words }: { text: string; words: readonly string[] | undefined }) {
  const pieces = useMemo(() => splitByWords(text, words ?? []), [text, words]);
  if (!words?.length) return <>{text}</>;
  return (
    <>
      {pieces.map((piece) =>
        piece.hit ? (
          <mark key={piece.at} className="search-hit">
            {piece.text}
          </mark>
        ) : (
          <span key={piece.at}>{piece.text}</span>
        ),
      )}
    </>
  );
}
