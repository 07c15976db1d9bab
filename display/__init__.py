"""The reception display: a full-screen board for a waiting room or a lobby, with no controls. A clinic sees who
is called in (ticket and masked name, with a chime and, where the machine can speak, the call read aloud) and each
doctor's queue by ticket; an office or factory lobby welcomes today's VIP guests. It reads the database through
the services, polling every two seconds."""
