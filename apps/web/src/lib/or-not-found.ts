import { HttpError } from '@kit/errors';
import { notFound } from '@tanstack/react-router';

/**
 * A loader's read of what the route's id names. An id that names nothing (404), or cannot name anything
 * (400: the id is the read's only input), shows the not-found page rather than an error page.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 400)) throw notFound();
    throw error;
  }
}
