import { mediaUrl } from './useEnterprise';

/** The logo, or the first character of the name on a tinted square when there is none. */
export function EnterpriseLogo({ id, name, fileId, size = 56 }: { id: number; name: string; fileId: string | null; size?: number }) {
  const style = { width: size, height: size };
  if (fileId) return <img className="enterprise-logo" src={mediaUrl(id, fileId)} alt="" style={style} />;
  return (
    <span className="enterprise-logo enterprise-logo--empty" style={{ ...style, fontSize: size / 2.4 }} aria-hidden>
      {name.slice(0, 1)}
    </span>
  );
}
