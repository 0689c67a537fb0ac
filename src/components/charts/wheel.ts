/**
 * Browser only: a wheel event's vertical distance in CSS pixels, whatever unit the device reports it in
 * (`deltaMode`: pixels, lines or pages), so zoom speed is the same for a mouse, a trackpad and a page-scrolling
 * wheel.
 */
const LINE_PX = 16;

export function wheelPixels(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>, pageHeight = window.innerHeight): number {
  if (event.deltaMode === 1) return event.deltaY * LINE_PX;
  if (event.deltaMode === 2) return event.deltaY * pageHeight;
  return event.deltaY;
}
