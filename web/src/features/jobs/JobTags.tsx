import { Tag } from 'antd';

export function JobTags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <div className="job-tags">
      {tags.map((tag) => (
        <Tag key={tag} variant="filled">
          {tag}
        </Tag>
      ))}
    </div>
  );
}
