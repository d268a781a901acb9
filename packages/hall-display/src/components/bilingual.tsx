import { type UiMessageKey, type UiMessageValues, translate } from '@onestop/shared';
import type { ElementType } from 'react';

/** Props of {@link BilingualText}. */
export interface BilingualTextProps {
  chinese: string;
  /** Null when the hall has not given an English name; then only the Chinese line shows. */
  english: string | null | undefined;
  as?: ElementType;
  className?: string;
}

/** Chinese first and large, English second and smaller: the order of every public screen. */
export function BilingualText({ chinese, english, as: Tag = 'span', className }: BilingualTextProps) {
  return (
    <Tag className={['bilingual', className].filter(Boolean).join(' ')}>
      <span lang="zh-CN" className="bilingual-primary">
        {chinese}
      </span>
      {english ? (
        <span lang="en" className="bilingual-secondary">
          {english}
        </span>
      ) : null}
    </Tag>
  );
}

/** Props of {@link Bilingual}. */
export interface BilingualProps {
  messageKey: UiMessageKey;
  values?: UiMessageValues;
  as?: ElementType;
  className?: string;
}

/** A catalogue message in both languages. */
export function Bilingual({ messageKey, values, as, className }: BilingualProps) {
  return (
    <BilingualText
      chinese={translate('zh-CN', messageKey, values)}
      english={translate('en', messageKey, values)}
      as={as}
      className={className}
    />
  );
}
