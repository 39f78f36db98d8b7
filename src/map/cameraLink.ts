/**
 * The split map's two cameras in step. The main map owns the camera (it alone reports it to the
 * store and the URL); the right map follows every frame of its moves. A gesture on the right map
 * moves the main map the same way, flagged as following, so that the main map reports the camera
 * once, when the gesture ends, rather than at every frame (each report is a URL write).
 */
import type * as maplibregl from 'maplibre-gl';

const FOLLOWING = 'grensatlasFollowing';

/** Whether a camera event of the main map comes from the right map leading (not yet settled). */
export function isFollowing(e: object): boolean {
  return (e as Record<string, unknown>)[FOLLOWING] === true;
}

interface CameraEvent {
  originalEvent?: Event;
}

/** The part of maplibre-gl's Map that the link needs (tests fake it). */
export type CameraMap = Pick<maplibregl.Map, 'getCenter' | 'getZoom' | 'jumpTo' | 'on' | 'off'>;

/** Links the follower's camera to the owner's; returns the unlink. */
export function linkCameras(owner: CameraMap, follower: CameraMap): () => void {
  // The guard against feedback: a jumpTo fires the target's own move events at once; while one
  // map is being moved to the other's camera, those events are not copied back.
  let copying = false;
  // The user is moving the right map: the main map follows, and reports once the gesture ends.
  let led = false;
  const copy = (from: CameraMap, to: CameraMap, data?: object) => {
    if (copying) return;
    copying = true;
    try {
      const c = from.getCenter();
      to.jumpTo({ center: [c.lng, c.lat], zoom: from.getZoom() }, data);
    } finally {
      copying = false;
    }
  };
  const ownerMoved = () => { copy(owner, follower); };
  // The user's input event travels with the copy: the main map counts it as a user move.
  const followerMoved = (e: CameraEvent) => {
    if (copying) return;
    led = true;
    copy(follower, owner, { originalEvent: e.originalEvent, [FOLLOWING]: true });
  };
  const followerSettled = (e: CameraEvent) => {
    if (copying || !led) return;
    led = false;
    copy(follower, owner, { originalEvent: e.originalEvent });
  };
  copy(owner, follower);
  owner.on('move', ownerMoved);
  follower.on('move', followerMoved);
  follower.on('moveend', followerSettled);
  return () => {
    owner.off('move', ownerMoved);
    follower.off('move', followerMoved);
    follower.off('moveend', followerSettled);
  };
}
