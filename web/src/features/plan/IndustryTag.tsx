import { Tag } from 'antd';

/** An industry's name on its colour (the map's colour for it), with a dot so the colour reads as a legend key. */
export function IndustryTag({ name, color }: { name: string; color: string }) {
  return (
    <Tag style={{ marginInlineEnd: 4, marginBlock: 2, whiteSpace: 'normal', maxWidth: '100%' }}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 10,
          height: 10,
          borderRadius: 2,
          background: color,
          marginInlineEnd: 6,
          verticalAlign: 'baseline',
        }}
      />
      {name}
    </Tag>
  );
}
