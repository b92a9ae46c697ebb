// The error a call rejects with; fails the test when the call succeeds instead.
export async function expectError<T>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error("expected the call to fail");
}
