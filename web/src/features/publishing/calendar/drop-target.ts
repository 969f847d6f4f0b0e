/** HTML5 drop target props for a calendar cell: accepts a dragged post chip and hands over its id. */
import type { DragEvent } from 'react';
import { DROP_OUTLINE } from './grid-styles';
import { DRAG_TYPE } from './PostChip';

export function dropTarget(onDropPost: (postId: string) => void) {
  return {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      event.currentTarget.style.outline = DROP_OUTLINE;
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      event.currentTarget.style.outline = '';
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      event.currentTarget.style.outline = '';
      const postId = event.dataTransfer.getData(DRAG_TYPE);
      if (!postId) return;
      event.preventDefault();
      onDropPost(postId);
    },
  };
}
