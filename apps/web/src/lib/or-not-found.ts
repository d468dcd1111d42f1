import { HttpError } from '@kit/errors';
import { notFound } from '@tanstack/react-router';
import { createIsomorphicFn } from '@tanstack/react-start';
import { setResponseStatus } from '@tanstack/react-start/server';

/** The server render answers 404: the refused read had already set its own status (400) on the response. */
const answerNotFound = createIsomorphicFn()
  .server(() => setResponseStatus(404))
  .client(() => {});

/**
 * A loader's read of what the route's id names. An id that names nothing (404), or cannot name anything
 * (400: the id is the read's only input), shows the not-found page rather than an error page.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 400)) {
      answerNotFound();
      throw notFound();
    }
    throw error;
  }
}
