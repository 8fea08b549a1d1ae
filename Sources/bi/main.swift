import BICLI

await BICommand.runFromCommandLine()
