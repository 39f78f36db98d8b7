/**
 * The room the opening frame (map=border) leaves for what lies over the map: on the left the
 * panel column, 22.5rem wide once the legend is in it (styles.css: .overlays, .indicator-panel),
 * on the right the zoom buttons, below the opening hint, the scale and the attribution. On a narrow screen the
 * panels cover the map whatever the frame does: then only a margin.
 */
export function framePadding(width: number, rem = 16): { top: number; right: number; bottom: number; left: number } {
  if (width < 700) return { top: 8, right: 8, bottom: 64, left: 8 };
  return { top: 12, right: 52, bottom: 64, left: Math.min(Math.round(22.5 * rem) + 12, Math.round(width * 0.45)) };
}
