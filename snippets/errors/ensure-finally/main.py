def process(job):
    try:
        print(f"start {job}")
        if job == "bad":
            raise RuntimeError(f"{job} failed")
        print(f"finish {job}")
    except RuntimeError as error:
        print(error)
    else:
        print("no errors")
    finally:
        print(f"clean up {job}")


process("good")
process("bad")
