import { Tag } from 'antd';
import { useTaxonomyLabel } from './useTaxonomy';

/** Welfare tags (codes), shown by their labels. */
export function JobTags({ tags }: { tags: string[] }) {
  const label = useTaxonomyLabel();
  if (!tags.length) return null;
  return (
    <div className="job-tags">
      {tags.map((tag) => (
        <Tag key={tag} variant="filled">
          {label('welfare', tag)}
        </Tag>
      ))}
    </div>
  );
}
