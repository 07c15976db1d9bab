"""The hosts' web page (`reception web`): answer a visitor's arrival, sign in, invite guests. Server-rendered
pages on Starlette, served by uvicorn; every action goes through the same services as the desk's."""
