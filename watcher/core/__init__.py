"""The pure core: one message read, conversations, employers, the timeline and the policy.

Plain data in, plain data out, time passed in; nothing here opens a socket, a file or the state.
"""
